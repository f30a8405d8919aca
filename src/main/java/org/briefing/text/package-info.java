/**
 * Language tools shared by ingest and extract: sentence splitting (ICU4J), date mentions, cue
 * matching and script detection. English rules live here; nothing here knows the subject.
 */
package org.briefing.text;
