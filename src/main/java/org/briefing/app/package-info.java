/**
 * The edge: Spring configuration and the launcher. {@link org.briefing.app.BriefingJobConfiguration}
 * wires the job's four steps in run order; {@link org.briefing.app.RunPlanner} checks the
 * arguments and computes the run's identity; {@link org.briefing.app.BriefingLauncher} starts,
 * restarts or skips the run and sets the exit code.
 */
package org.briefing.app;
