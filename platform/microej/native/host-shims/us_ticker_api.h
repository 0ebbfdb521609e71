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
 * Real header: us_ticker_api.h of the Ameba Pro2 SDK (us_ticker_read: free-running microsecond counter, used by
 * ameba-arduino-pro2 variant.cpp us_ticker_init()).
 */
#ifndef US_TICKER_API_H
#define US_TICKER_API_H
#include <stdint.h>
uint32_t us_ticker_read(void);
#endif
