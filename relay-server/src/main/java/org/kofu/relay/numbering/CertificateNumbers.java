package org.kofu.relay.numbering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.kofu.core.render.body.CertificateNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 発行番号 {@code <municipality>-<YYMMDD>-<NNNNNN>}, 20 characters. Every relay node draws blocks of
 * {@value #BLOCK} from the project database's one counter (migration V5_3), so no two issuances
 * share a number; the numbers of a block cost no round trip. A node that stops leaves the rest of
 * its block unused, and two nodes' numbers interleave: unique, not in issue order.
 *
 * <p>No lock is held across the round trip: a request that finds the block used up draws a block of
 * its own, takes its first number and offers the rest to the others. A draw that hangs in the
 * database holds up only its own request (bounded by the pool's timeouts); when two requests draw
 * at once, the block that is not kept is left unused.
 */
@Component
public class CertificateNumbers {

  /** Numbers drawn at once: one short transaction per block instead of a commit per number. */
  static final int BLOCK = 16;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AtomicReference<Block> block = new AtomicReference<>(new Block(0, 0));

  CertificateNumbers(DataSource projectDataSource, TransactionTemplate transactions) {
    this.jdbc = JdbcClient.create(projectDataSource);
    this.transactions = transactions;
  }

  public String next(String municipalityCode, LocalDate issueDate) {
    long value = nextValue();
    String number = municipalityCode + '-' + DAY.format(issueDate) + '-' + sixDigits(value);
    if (!CertificateNumber.isValid(number)) {
      throw new IllegalStateException("not a certificate number: " + number);
    }
    return number;
  }

  /** The value's last six digits, zero-padded: {@code %06d} without a {@code Formatter}. */
  static String sixDigits(long value) {
    String digits = Long.toString(value % 1_000_000 + 1_000_000);
    return digits.substring(1);
  }

  private long nextValue() {
    Block current = block.get();
    long value = current.take();
    if (value >= 0) {
      return value;
    }
    long first = drawBlock();
    Block drawn = new Block(first + 1, first + BLOCK);
    block.compareAndSet(current, drawn);
    return first;
  }

  /** Values {@code [next, end)} of a drawn block, taken without a lock. */
  private static final class Block {
    private final AtomicLong next;
    private final long end;

    Block(long next, long end) {
      this.next = new AtomicLong(next);
      this.end = end;
    }

    /** The next value, or -1 when the block is used up. */
    long take() {
      long value = next.getAndIncrement();
      return value < end ? value : -1;
    }
  }

  /** The first value of a block no other node holds (the update locks the counter's row). */
  private long drawBlock() {
    Long first =
        transactions.execute(
            status -> {
              jdbc.sql(
                      "UPDATE certificate_number_counter SET next_value = next_value + ?"
                          + " WHERE id = 1")
                  .param(BLOCK)
                  .update();
              return jdbc.sql("SELECT next_value FROM certificate_number_counter WHERE id = 1")
                      .query(Long.class)
                      .single()
                  - BLOCK;
            });
    return first;
  }
}
