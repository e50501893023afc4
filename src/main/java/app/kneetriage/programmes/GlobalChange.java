package app.kneetriage.programmes;

/**
 * The runner's global rating of change: compared with when they started, the knee is ...
 * in seven steps from much worse to much better.
 */
public enum GlobalChange {

    MUCH_WORSE, WORSE, A_LITTLE_WORSE, ABOUT_THE_SAME, A_LITTLE_BETTER, BETTER, MUCH_BETTER

}
