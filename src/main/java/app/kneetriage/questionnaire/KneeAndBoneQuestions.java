package app.kneetriage.questionnaire;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import app.kneetriage.rules.BoneHealth;
import app.kneetriage.rules.KneeSigns;
import app.kneetriage.rules.RedFlag;

/**
 * The questions contract version 3 added to the symptom form: a fever (a warning sign of
 * its own on the form, answered as {@code HOT_RED_FEVER}), the knee signs as one list to
 * tick, and bone health, which the runner may decline to answer. Checks across these
 * fields live in {@link TriageFormValidator}.
 */
public abstract class KneeAndBoneQuestions extends TrainingQuestions {

    private boolean fever;

    private List<KneeSign> kneeSigns = new ArrayList<>();

    private boolean noKneeSigns;

    private List<BoneHealth> boneHealth = new ArrayList<>();

    private boolean boneHealthNotSaid;

    /** The warning signs with the fever line's own answer added. */
    Set<RedFlag> withFever(Set<RedFlag> flags) {
        if (fever) {
            flags.add(RedFlag.HOT_RED_FEVER);
        }
        return flags;
    }

    /** The knee signs: ticked is yes, unticked is no once the list was answered. */
    KneeSigns toKneeSigns() {
        if (kneeSigns.isEmpty() && !noKneeSigns) {
            return KneeSigns.NOT_ANSWERED;
        }
        return new KneeSigns(kneeSigns.contains(KneeSign.BONE_SPOT), kneeSigns.contains(KneeSign.HOP_PAIN),
                kneeSigns.contains(KneeSign.LIMP), kneeSigns.contains(KneeSign.SWELLING_AFTER_RUNS),
                kneeSigns.contains(KneeSign.CATCHING), kneeSigns.contains(KneeSign.KNEE_SURGERY));
    }

    /**
     * Bone health as answered; empty when nothing applies or the runner would rather not
     * say.
     */
    Set<BoneHealth> toBoneHealth() {
        EnumSet<BoneHealth> set = EnumSet.noneOf(BoneHealth.class);
        if (!boneHealthNotSaid) {
            boneHealth.stream().filter(b -> b != null).forEach(set::add);
        }
        return set;
    }

    /** Fills the questions from answers given before. */
    void fillFrom(KneeSigns knee, Set<BoneHealth> answered) {
        List<KneeSign> ticked = new ArrayList<>();
        addIf(ticked, knee.boneSpot(), KneeSign.BONE_SPOT);
        addIf(ticked, knee.hopPain(), KneeSign.HOP_PAIN);
        addIf(ticked, knee.limp(), KneeSign.LIMP);
        addIf(ticked, knee.swellingAfterRuns(), KneeSign.SWELLING_AFTER_RUNS);
        addIf(ticked, knee.catching(), KneeSign.CATCHING);
        addIf(ticked, knee.kneeSurgery(), KneeSign.KNEE_SURGERY);
        kneeSigns = ticked;
        noKneeSigns = ticked.isEmpty() && !knee.equals(KneeSigns.NOT_ANSWERED);
        boneHealth = new ArrayList<>(answered.stream().sorted().toList());
    }

    private static void addIf(List<KneeSign> ticked, Boolean answer, KneeSign sign) {
        if (Boolean.TRUE.equals(answer)) {
            ticked.add(sign);
        }
    }

    public boolean isFever() {
        return fever;
    }

    public void setFever(boolean fever) {
        this.fever = fever;
    }

    public List<KneeSign> getKneeSigns() {
        return kneeSigns;
    }

    public void setKneeSigns(List<KneeSign> kneeSigns) {
        this.kneeSigns = kneeSigns == null ? new ArrayList<>() : kneeSigns;
    }

    public boolean isNoKneeSigns() {
        return noKneeSigns;
    }

    public void setNoKneeSigns(boolean noKneeSigns) {
        this.noKneeSigns = noKneeSigns;
    }

    public List<BoneHealth> getBoneHealth() {
        return boneHealth;
    }

    public void setBoneHealth(List<BoneHealth> boneHealth) {
        this.boneHealth = boneHealth == null ? new ArrayList<>() : boneHealth;
    }

    public boolean isBoneHealthNotSaid() {
        return boneHealthNotSaid;
    }

    public void setBoneHealthNotSaid(boolean boneHealthNotSaid) {
        this.boneHealthNotSaid = boneHealthNotSaid;
    }

}
