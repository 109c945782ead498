package io.crosscheck.rules;

import io.crosscheck.report.RuleError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules over one story at a time: a session per story, taken from the rule set's pool
 * and given back emptied (making one costs more than the rules of a small story), so memory stays
 * bounded and stories can run in parallel. A rule whose consequence throws is reported and switched off for
 * that story; a story that runs past its time budget is halted and reported.
 */
public final class RuleEngine {
  /** A hit with the rule that made it. */
  public record Fired(RuleMeta rule, Hit hit) {}

  /** What one story gave. */
  public record Outcome(List<Fired> fired, List<RuleError> errors) {}

  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "crosscheck-rules");
            t.setDaemon(true);
            return t;
          });

  private final RuleSet rules;
  private final Settings settings;
  private final Set<String> disabled;
  private final long budgetMillis;

  /**
   * @param disabled rule ids switched off by configuration
   * @param budgetMillis time allowed per story before it is halted
   */
  public RuleEngine(RuleSet rules, Settings settings, Set<String> disabled, long budgetMillis) {
    this.rules = rules;
    this.settings = settings;
    this.disabled = Set.copyOf(disabled);
    this.budgetMillis = budgetMillis;
  }

  public RuleSet rules() {
    return rules;
  }

  public Outcome run(String story, List<ClaimGroup> groups) {
    List<Fired> fired = Collections.synchronizedList(new ArrayList<>());
    List<RuleError> errors = new ArrayList<>();
    Set<String> off = Collections.synchronizedSet(new HashSet<>());
    String[] current = new String[1];
    KieSession session = rules.sessions().newKieSession();
    boolean reusable = true;
    DefaultRuleRuntimeEventListener hits =
        new DefaultRuleRuntimeEventListener() {
          @Override
          public void objectInserted(ObjectInsertedEvent e) {
            if (e.getObject() instanceof Hit h && e.getRule() != null) {
              RuleMeta m = rules.byName(e.getRule().getName());
              if (m != null) {
                fired.add(new Fired(m, h));
              }
            }
          }
        };
    DefaultAgendaEventListener firing =
        new DefaultAgendaEventListener() {
          @Override
          public void beforeMatchFired(BeforeMatchFiredEvent e) {
            current[0] = e.getMatch().getRule().getName();
          }
        };
    try {
      session.addEventListener(hits);
      session.addEventListener(firing);
      session.insert(settings);
      for (ClaimGroup g : groups) {
        session.insert(g);
      }
      for (int attempt = 0; attempt <= rules.rules().size(); attempt++) {
        Future<Integer> f =
            WORKERS.submit(
                () ->
                    session.fireAllRules(
                        match -> {
                          RuleMeta m = rules.byName(match.getRule().getName());
                          return m == null || (!disabled.contains(m.id()) && !off.contains(m.id()));
                        }));
        try {
          f.get(budgetMillis, TimeUnit.MILLISECONDS);
          break;
        } catch (TimeoutException e) {
          session.halt();
          f.cancel(true);
          reusable = false; // its rule may still be running: the session is not given back
          errors.add(new RuleError(idOf(current[0]), story,
              "rules did not finish within " + budgetMillis + " ms (last rule fired: " + current[0] + "); story halted"));
          break;
        } catch (ExecutionException e) {
          String id = idOf(current[0]);
          Throwable cause = rootCause(e);
          errors.add(new RuleError(id, story, "rule \"" + current[0] + "\" failed: " + cause));
          off.add(id);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    } finally {
      if (reusable) {
        session.removeEventListener(hits);
        session.removeEventListener(firing);
        session.dispose(); // back to the pool, emptied
      }
    }
    List<Fired> out = new ArrayList<>(fired);
    out.removeIf(x -> off.contains(x.rule().id()) || disabled.contains(x.rule().id()));
    return new Outcome(out, errors);
  }

  private String idOf(String ruleName) {
    RuleMeta m = ruleName == null ? null : rules.byName(ruleName);
    return m == null ? String.valueOf(ruleName) : m.id();
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
