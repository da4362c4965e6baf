/** Never stale: a body is served only when made from the rows as they are at request time. */
package org.kofu.relay.freshness;
