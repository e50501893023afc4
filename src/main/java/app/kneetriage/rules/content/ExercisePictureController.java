package app.kneetriage.rules.content;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves exercise pictures by the SHA-256 of their bytes: a name never points at other
 * bytes, so browsers may keep a picture for a year. The type is the one checked when the
 * picture was stored, and a policy that allows no script goes with every picture.
 */
@Controller
class ExercisePictureController {

    static final String PICTURE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final PictureRepository pictures;

    ExercisePictureController(PictureRepository pictures) {
        this.pictures = pictures;
    }

    @GetMapping("/exercise-pictures/{hash}")
    ResponseEntity<byte[]> picture(@PathVariable String hash) {
        return pictures.findById(hash).map(this::served).orElseGet(() -> ResponseEntity.notFound().build());
    }

    // A missing picture is a bare 404: an img tag shows no error page, and the engine's
    // module
    // needs nothing from system for it.
    private ResponseEntity<byte[]> served(PictureEntry picture) {
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(picture.getContentType()))
            .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
            .eTag(picture.getContentHash())
            .header("Content-Security-Policy", PICTURE_POLICY)
            .body(picture.data());
    }

}
