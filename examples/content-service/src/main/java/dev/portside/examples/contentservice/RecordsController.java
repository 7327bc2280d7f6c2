package dev.portside.examples.contentservice;

import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordResults.WriteReceipt;
import dev.portside.application.records.RecordVault;
import dev.portside.domain.records.Record;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The records vault over HTTP: write an immutable record once ({@code PUT}: 201 when stored, 200 when the same
 * record was stored before) and read it back.
 */
@RestController
@RequestMapping("/tenants/{tenant}/records")
class RecordsController {

    /** A record's content; {@code metadata} is optional. */
    record Write(String sourceData, String mappedData, String modelVersion, Instant timestamp, Map<String, String> metadata) {
    }

    private final RecordVault records;

    RecordsController(RecordVault records) {
        this.records = records;
    }

    @PutMapping("/{id}")
    ResponseEntity<?> write(@PathVariable String tenant, @PathVariable String id, @RequestBody Write body) {
        return records.write(new WriteRecord(tenant, id, body.sourceData(), body.mappedData(), body.modelVersion(),
                body.timestamp(), body.metadata())).fold(Answers::problem, (WriteReceipt receipt) ->
                ResponseEntity.status(receipt.alreadyStored() ? HttpStatus.OK : HttpStatus.CREATED).body(json(receipt.record())));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> read(@PathVariable String tenant, @PathVariable String id) {
        return Answers.ok(records.read(new ReadRecord(tenant, id, false)), read -> json(read.record()));
    }

    static Map<String, Object> json(Record record) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", record.id().value());
        out.put("sourceData", record.sourceData());
        out.put("mappedData", record.mappedData());
        out.put("modelVersion", record.modelVersion());
        out.put("timestamp", record.timestamp().toString());
        out.put("metadata", record.metadata());
        out.put("retainUntil", record.retainUntil().toString());
        return out;
    }
}
