package app.kneetriage.rules;

/**
 * Answers about bone health that make a bone stress injury more likely (contract v3).
 * Sensitive: the form says why it asks and lets the runner skip it.
 */
public enum BoneHealth {

    /** periods missed for 3 months or more, not from pregnancy or contraception */
    MISSED_PERIODS,

    /** eating less than the training needs, losing weight on purpose, or always tired */
    LOW_ENERGY_OR_DIETING,

    /** a stress fracture or stress reaction before */
    PREVIOUS_BONE_STRESS,

    /** told of low bone density (osteopenia or osteoporosis) */
    LOW_BONE_DENSITY

}
