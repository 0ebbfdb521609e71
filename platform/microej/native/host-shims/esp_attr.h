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
 * Real header: ESP-IDF components/esp_common/include/esp_attr.h.
 */
#ifndef ESP_ATTR_H
#define ESP_ATTR_H
#define IRAM_ATTR
#endif
