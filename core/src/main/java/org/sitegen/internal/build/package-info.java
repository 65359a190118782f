/**
 * The build above its stages: the {@link org.sitegen.internal.build.Stage} contract (a stage runs
 * into a sink, or plans its output as {@link org.sitegen.internal.build.Part parts} keyed by what
 * they show, for the live build), the {@link org.sitegen.internal.build.BuildContext} every stage
 * reads, and {@link
 * org.sitegen.internal.build.SitePaths}, the one owner of the output layout and of the base URL.
 * Stages (pages, search, export) import this package, never each other and never the pipeline.
 * Not API.
 */
package org.sitegen.internal.build;
