/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * HOST-ONLY fault, load and bad-input suite: an in-process {@link org.mqttboard.faults.FaultProxy}, the
 * real firmware on the simulator's board ports ({@code SimBoard}), and the tests that prove the reliability
 * claims on loopback only: randomized faults, broker restarts, security matrix, bad configuration files, broker
 * nonsense, duplicate client ids and a fleet herd. See {@code docs/reliability.md} and {@code tests/faults/run}.
 */
package org.mqttboard.faults;
