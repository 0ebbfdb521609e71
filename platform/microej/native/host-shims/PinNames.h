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
 * Real header: PinNames.h of the Ameba Pro2 SDK (RTL8735B); pin names as used by
 * Ameba-AIoT/ameba-arduino-pro2 variants/ameba_amb82-mini/variant.cpp (PF_10 = on-board button, PF_9/PE_6 = LEDs).
 */
#ifndef PINNAMES_H
#define PINNAMES_H
typedef enum { PD_14 = 0x6E, PE_6 = 0x86, PF_9 = 0xA9, PF_10 = 0xAA } PinName;
typedef enum { PullNone = 0, PullUp = 1, PullDown = 2 } PinMode;
#endif
