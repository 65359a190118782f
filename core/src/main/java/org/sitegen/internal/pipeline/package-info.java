/**
 * The runners, the only code that knows which stages there are: {@link
 * org.sitegen.internal.pipeline.Pipeline} runs them into a folder, {@link
 * org.sitegen.internal.pipeline.LiveBuild} plans them into parts and decides what to make again
 * when the site changes. Not API.
 */
package org.sitegen.internal.pipeline;
