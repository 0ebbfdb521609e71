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
 * Real header: ambiot/ambpro2_sdk@9ca5314a:component/mbed/targets/hal/rtl8735b/PinNames.h: PinName enum (PD_14 :85,
 * PF_10 :119, values PIN_D14/PIN_F10 are placeholders here), PinMode (PullNone 0, PullUp 1, PullDown 2, :168-173).
 */
#ifndef PINNAMES_H
#define PINNAMES_H
typedef enum { PD_14 = 0x6E, PF_10 = 0xAA } PinName;
typedef enum { PullNone = 0, PullUp = 1, PullDown = 2 } PinMode;
#endif
