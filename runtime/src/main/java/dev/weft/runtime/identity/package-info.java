/**
 * Who is looking at a session: the identity captured when a tab opens, the access rules of pages and
 * fragments, and running a fragment (or a confined call) as that identity, with a request context.
 * Internal: not API; {@code dev.weft.User} is the API.
 */
package dev.weft.runtime.identity;
