/**
 * The store of uploaded files: where they are kept on disk, each session's share of them and its
 * quota, their sizes and the checks of their types by content. Internal; it knows no session (a
 * session is only an id here), no widget and no HTTP, and uses only {@code config}.
 */
package dev.weft.runtime.uploads;
