package app.kneetriage.questionnaire;

/**
 * Shoe distance may be given in kilometres or miles; the answers always hold kilometres.
 */
public enum DistanceUnit {

    KM(1.0), MILES(1.609344);

    private final double km;

    DistanceUnit(double km) {
        this.km = km;
    }

    int toKm(int amount) {
        return (int) Math.round(amount * km);
    }

}
