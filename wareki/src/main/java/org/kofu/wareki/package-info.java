/**
 * Japanese era (和暦) dates: one reckoning for what the certificates print and what the demo data's
 * existing-system records hold.
 */
package org.kofu.wareki;
