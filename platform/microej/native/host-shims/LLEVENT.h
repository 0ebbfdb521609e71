/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief HOST SHIM, never part of a firmware build (the real header comes from the SDK or VEE Port): declares
 * exactly the members the mqttboard natives use, with the types and return values of the real header cited below,
 * so that gcc -Wall -Wextra -Werror checks the natives on a PC and the host tests link them against fakes
 * (../test/host_fakes.c). Values of constants are placeholders unless a citation gives them.
 * Real header: LLEVENT.h of the MicroEJ Event Queue pack (com.microej.pack.event:event-pack).
 * LLEVENT_offerEvent: int32_t (int32_t type, int32_t data), returns 0 on success, -1 illegal arguments, -2 FIFO full:
 * nxp-mcuxpresso/nxp-vee-mcxn947-frdm@d1c790fe:bsp/vee/port/event-queue/src/LLEVENT.c:15-37 (the pack's
 * implementation), MicroEJ/Example-Event-Queue@047e514c:event-queue-example/src/main/c/inc/EventQueueExampleNatives.h:23,
 * MicroEJ/docs@60343897:ApplicationDeveloperGuide/eventQueue.rst:158. Not callable from an interrupt
 * (LLEVENT_impl.c:105 of the same VEE Port takes a mutex with portMAX_DELAY).
 */
#ifndef LLEVENT_H
#define LLEVENT_H
#include <stdint.h>
int32_t LLEVENT_offerEvent(int32_t type, int32_t data);
#endif
