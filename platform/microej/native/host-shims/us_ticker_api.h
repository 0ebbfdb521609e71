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
 * Real header: ambiot/ambpro2_sdk@9ca5314a:component/mbed/hal/us_ticker_api.h:33: uint32_t us_ticker_read(void),
 * free-running microsecond counter (component/mbed/targets/hal/rtl8735b/us_ticker.c:66).
 */
#ifndef MBED_US_TICKER_API_H
#define MBED_US_TICKER_API_H
#include <stdint.h>
uint32_t us_ticker_read(void);
#endif
