package app.kneetriage.programmes;

import java.time.Instant;

import app.kneetriage.results.ResultSealing;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A result's return to running, sealed: see {@link ProgrammeData} for what is inside. */
@Entity
@Table(name = "return_programme")
class ReturnProgramme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long resultId;

    private byte[] sealedData;

    private byte[] keyByShareToken;

    private byte[] keyByManageKey;

    private Instant updatedAt;

    /** The rules version the programme started under; null for one started before V28. */
    private Integer rulesVersion;

    /** The week it started at; null for one started before V28. */
    private Integer startWeek;

    @Version
    private long version;

    protected ReturnProgramme() {
    }

    ReturnProgramme(long resultId, Integer rulesVersion, int startWeek) {
        this.resultId = resultId;
        this.rulesVersion = rulesVersion;
        this.startWeek = startWeek;
    }

    Integer rulesVersion() {
        return rulesVersion;
    }

    Integer startWeek() {
        return startWeek;
    }

    ResultSealing.Sealed sealed() {
        return new ResultSealing.Sealed(sealedData, keyByShareToken, keyByManageKey);
    }

    void reseal(ResultSealing.Sealed sealed, Instant now) {
        this.sealedData = sealed.data();
        this.keyByShareToken = sealed.keyByShareToken();
        this.keyByManageKey = sealed.keyByManageKey();
        this.updatedAt = now;
    }

}
