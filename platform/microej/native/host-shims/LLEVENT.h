/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief HOST SHIM for the compile check only (gcc -Wall -Wextra -Werror on a PC): declares exactly the members the
 * mqttboard natives use, with the signatures of the real SDK header named below. Never part of a firmware build:
 * the real header comes from the SDK / VEE Port. Values of constants here are placeholders.
 * Real header: LLEVENT.h of the Event Queue Pack (MicroEJ/docs ApplicationDeveloperGuide/eventQueue.rst:
 * "LLEVENT_offerEvent(int32_t type, int32_t data)"). Its result is used as "true = offered".
 */
#ifndef LLEVENT_H
#define LLEVENT_H
#include <stdbool.h>
#include <stdint.h>
bool LLEVENT_offerEvent(int32_t type, int32_t data);
#endif
