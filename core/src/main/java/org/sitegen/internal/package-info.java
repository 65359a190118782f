/**
 * Implementation of site-gen. Not API: nothing here is supported for use outside site-gen, and it
 * may change in any release.
 */
package org.sitegen.internal;
