/**
 * The command line. {@link io.crosscheck.cli.Main} is two lines; everything runs through {@link
 * io.crosscheck.cli.Cli#run(String...)}, which tests call in-process with their own writers.
 *
 * <p>Commands: {@code check} (the main job), {@code claims} (what was read), {@code rules} (the
 * rule catalogue). Exit codes are {@link io.crosscheck.cli.ExitCode}: 0 clean, 1 internal error,
 * 2 usage/config/rules error, 4 findings at or above {@code --fail-on}, 5 unreadable inputs.
 * Reports go to stdout or {@code --output} (written atomically); diagnostics to stderr.
 */
package io.crosscheck.cli;
