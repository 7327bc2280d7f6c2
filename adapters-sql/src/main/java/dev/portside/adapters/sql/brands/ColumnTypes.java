package dev.portside.adapters.sql.brands;

import dev.portside.domain.brands.Confidence;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Column types the brand tables share: confidences ({@code numeric(5, 4)}) and instants ({@code timestamptz}). */
final class ColumnTypes {

    private ColumnTypes() {
    }

    static Confidence confidence(ResultSet rs, String column) throws SQLException {
        return new Confidence(rs.getBigDecimal(column).setScale(Confidence.MAX_SCALE, RoundingMode.UNNECESSARY));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
