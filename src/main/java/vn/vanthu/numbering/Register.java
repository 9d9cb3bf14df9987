package vn.vanthu.numbering;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outgoing register. {@link #allocate} must run inside the transaction that stores the
 * document: the counter row stays locked until that transaction ends, so concurrent clerks (on one
 * instance or several sharing a database) queue for the next number, and a rolled-back issue gives
 * its number back instead of leaving a gap.
 */
@Component
public class Register {

  private final JdbcClient jdbc;

  public Register(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of a series, consumed only if the surrounding transaction commits. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int allocate(RegisterSeries series) {
    // Creating the row is idempotent; the update then takes the row lock for the transaction.
    jdbc.sql("""
            insert into register_counter (issuer, register_year, series, last_number)
            values (:issuer, :year, :series, 0) on conflict do nothing""")
        .param("issuer", series.issuer()).param("year", series.year())
        .param("series", series.series())
        .update();
    jdbc.sql("""
            update register_counter set last_number = last_number + 1
            where issuer = :issuer and register_year = :year and series = :series""")
        .param("issuer", series.issuer()).param("year", series.year())
        .param("series", series.series())
        .update();
    return jdbc.sql("""
            select last_number from register_counter
            where issuer = :issuer and register_year = :year and series = :series""")
        .param("issuer", series.issuer()).param("year", series.year())
        .param("series", series.series())
        .query(Integer.class).single();
  }

  /** The current numbers of every series, optionally of one issuer and one year. */
  public List<RegisterEntry> entries(@Nullable String issuer, @Nullable Integer year) {
    return jdbc.sql("""
            select issuer, register_year, series, last_number from register_counter
            where (cast(:issuer as varchar) is null or issuer = :issuer)
              and (cast(:year as integer) is null or register_year = :year)
            order by issuer, register_year, series""")
        .param("issuer", issuer).param("year", year)
        .query((rs, row) -> new RegisterEntry(new RegisterSeries(rs.getString(1), rs.getInt(2),
            rs.getString(3)), rs.getInt(4)))
        .list();
  }
}
