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
 * Real header: ESP-IDF components/esp_common/include/esp_err.h.
 */
#ifndef ESP_ERR_H
#define ESP_ERR_H
typedef int esp_err_t;
#define ESP_OK 0
#define ESP_ERR_INVALID_STATE 0x103
#endif
