/**
 * The build above its stages: the {@link org.sitegen.internal.build.Pipeline} that runs the stages
 * into a staged output folder, the {@link org.sitegen.internal.build.BuildContext} every stage reads,
 * the {@link org.sitegen.internal.build.Stage} contract, and {@link
 * org.sitegen.internal.build.SitePaths}, the one owner of the output layout and of the base URL.
 * Stages (pages, search, export) import this package, never each other and never the pipeline.
 * Not API.
 */
package org.sitegen.internal.build;
