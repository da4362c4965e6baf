/** The cache member: its configuration, the standalone application and the embedded mode. */
package org.kofu.cache.member;
