package io.crosscheck.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.ClaimValue;
import io.crosscheck.extract.DateValue;
import io.crosscheck.extract.Duration;
import io.crosscheck.extract.EventContext;
import io.crosscheck.extract.Interval;
import io.crosscheck.extract.Quantity;
import io.crosscheck.extract.Quote;
import io.crosscheck.extract.Title;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A {@link Claim} as the compact JSON the index stores, and back: every field of the record and
 * of its value, so that the decoded claim equals the encoded one.
 */
final class ClaimCodec {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ClaimCodec() {}

  static String encode(Claim c) {
    ObjectNode n = NODES.objectNode();
    n.put("id", c.id());
    n.put("article", c.article());
    n.put("kind", c.kind().id());
    n.put("subject", c.subject());
    n.put("attribute", c.attribute());
    n.put("value", c.value());
    n.set("normalized", value(c.normalized()));
    n.put("start", c.start());
    n.put("end", c.end());
    n.put("line", c.line());
    n.put("column", c.column());
    n.put("sentence", c.sentence());
    EventContext e = c.event();
    if (!e.equals(EventContext.NONE)) {
      ObjectNode ev = n.putObject("event");
      putIf(ev, "place", e.place());
      putIf(ev, "org", e.org());
      putIf(ev, "noun", e.noun());
      putIf(ev, "weekday", e.weekday() == null ? null : e.weekday().name());
      putIf(ev, "date", e.date() == null ? null : e.date().toString());
      putIf(ev, "id", e.id());
    }
    try {
      return JSON.writeValueAsString(n);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static Claim decode(String json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (IOException ex) {
      throw new UncheckedIOException("corrupt claim in the index: " + ex.getMessage(), ex);
    }
    ClaimKind kind = ClaimKind.of(n.get("kind").asText());
    EventContext event = EventContext.NONE;
    JsonNode ev = n.get("event");
    if (ev != null) {
      event = new EventContext(text(ev, "place"), text(ev, "org"), text(ev, "noun"),
          ev.hasNonNull("weekday") ? DayOfWeek.valueOf(ev.get("weekday").asText()) : null,
          ev.hasNonNull("date") ? LocalDate.parse(ev.get("date").asText()) : null, text(ev, "id"));
    }
    return new Claim(n.get("id").asText(), n.get("article").asText(), kind, n.get("subject").asText(),
        n.get("attribute").asText(), n.get("value").asText(), value(kind, n.get("normalized")), n.get("start").asInt(),
        n.get("end").asInt(), n.get("line").asInt(), n.get("column").asInt(), n.get("sentence").asText(), event);
  }

  private static ObjectNode value(ClaimValue v) {
    ObjectNode n = NODES.objectNode();
    switch (v) {
      case Quantity q -> {
        interval(n, q.value());
        n.put("unit", q.unit());
        n.put("qualifier", q.qualifier());
        n.put("vague", q.vague());
      }
      case Duration d -> {
        interval(n, d.seconds());
        n.put("activity", d.activity());
        n.put("qualifier", d.qualifier());
        n.put("planned", d.planned());
        n.put("relative", d.relative());
      }
      case DateValue d -> {
        putIf(n, "date", d.date() == null ? null : d.date().toString());
        n.put("weekday", d.weekday().name());
        n.put("activity", d.activity());
        n.put("relative", d.relative());
      }
      case Title t -> {
        n.put("office", t.office());
        n.put("rank", t.rank());
        n.put("org", t.org());
        n.put("former", t.former());
        n.put("acting", t.acting());
      }
      case Quote q -> {
        n.put("words", q.words());
        n.put("partial", q.partial());
        n.put("speaker", q.speaker());
      }
    }
    return n;
  }

  private static ClaimValue value(ClaimKind kind, JsonNode n) {
    return switch (kind) {
      case QUANTITY -> new Quantity(interval(n), n.get("unit").asText(), n.get("qualifier").asText(),
          n.get("vague").asBoolean());
      case DURATION -> new Duration(interval(n), n.get("activity").asText(), n.get("qualifier").asText(),
          n.get("planned").asBoolean(), n.get("relative").asBoolean());
      case DATE -> new DateValue(n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText()) : null,
          DayOfWeek.valueOf(n.get("weekday").asText()), n.get("activity").asText(), n.get("relative").asBoolean());
      case TITLE -> new Title(n.get("office").asText(), n.get("rank").asText(), n.get("org").asText(),
          n.get("former").asBoolean(), n.get("acting").asBoolean());
      case QUOTE -> new Quote(n.get("words").asText(), n.get("partial").asBoolean(), n.get("speaker").asText());
    };
  }

  private static void interval(ObjectNode n, Interval i) {
    number(n, "lo", i.lo());
    number(n, "hi", i.hi());
    n.put("loOpen", i.loOpen());
    n.put("hiOpen", i.hiOpen());
  }

  private static Interval interval(JsonNode n) {
    return new Interval(number(n.get("lo")), number(n.get("hi")), n.get("loOpen").asBoolean(), n.get("hiOpen").asBoolean());
  }

  /** JSON has no infinity: infinite ends are written as the strings "inf" and "-inf". */
  private static void number(ObjectNode n, String key, double d) {
    if (Double.isInfinite(d)) {
      n.put(key, d > 0 ? "inf" : "-inf");
    } else {
      n.put(key, d);
    }
  }

  private static double number(JsonNode n) {
    if (n.isTextual()) {
      return n.asText().equals("inf") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    return n.asDouble();
  }

  private static void putIf(ObjectNode n, String key, String v) {
    if (v != null) {
      n.put(key, v);
    }
  }

  private static String text(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asText() : null;
  }
}
