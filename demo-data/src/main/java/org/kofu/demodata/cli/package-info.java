/** The command line that fills a demo database: {@link org.kofu.demodata.cli.DemoDataCommand}. */
package org.kofu.demodata.cli;
