package org.partnercities.kg.dump;

import org.partnercities.kg.api.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Whole-graph downloads, {@code /dumps/partner-cities-kg.trig.gz} and the like, streamed (chunked). */
@RestController
@Tag(name = "Dumps", description = "The whole graph as a gzip-compressed file")
class DumpController {

    private final DumpWriter dumps;

    DumpController(DumpWriter dumps) {
        this.dumps = dumps;
    }

    @GetMapping("/dumps/{file}")
    @Operation(summary = "Download the whole graph",
            description = "partner-cities-kg.trig.gz and .nq.gz keep the named graph of each source; .ttl.gz, .nt.gz, "
                    + ".jsonld.gz and .rdf.gz hold the union. Streamed as it is written.")
    ResponseEntity<StreamingResponseBody> dump(
            @Parameter(description = "File name, e.g. partner-cities-kg.trig.gz") @PathVariable String file) {
        DumpFormat format = DumpFormat.byFileName(file).orElseThrow(() -> new NotFoundException("dumps/" + file
                + " (available: " + DumpFormat.fileNames() + ")"));
        StreamingResponseBody body = out -> dumps.write(format, out, written -> { });
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/gzip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(format.fileName()).build().toString())
                .header("X-Content-Media-Type", format.mediaType())
                .body(body);
    }
}
