/**
 * The store of the images and downloads a session's runs draw, served from secret per-session
 * URLs with expiry and a byte cap, and their media types. Internal; it knows no session beyond its
 * id and no drawing, and uses only {@code config}.
 */
package dev.weft.runtime.media;
