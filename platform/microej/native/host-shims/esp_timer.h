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
 * Real header: ESP-IDF components/esp_timer/include/esp_timer.h (esp_timer_get_time: microseconds since boot,
 * callable from an ISR).
 */
#ifndef ESP_TIMER_H
#define ESP_TIMER_H
#include <stdint.h>
int64_t esp_timer_get_time(void);
#endif
