/** Certificate numbers unique across relay nodes. */
package org.kofu.relay.numbering;
