/**
 * Remote partitioning of the full run over every batch node (Spring Batch Integration): partition
 * requests go through a queue channel stored in the project database, any node's poller takes one
 * and runs the worker step; the manager learns the outcome from the JobRepository.
 */
package org.kofu.batch.scaleout;
