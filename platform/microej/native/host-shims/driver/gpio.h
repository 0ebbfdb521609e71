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
 * Real header: espressif/esp-idf@8bf14a92 (v4.3.2):components/driver/include/driver/gpio.h:67 gpio_config, :150
 * gpio_get_level, :291 gpio_install_isr_service, :322 gpio_isr_handler_add (v5.0.1 a4afa444: lines 64, 151, 292, 323);
 * types from components/hal/include/hal/gpio_types.h: gpio_num_t enum (ESP32: GPIO_NUM_0 = 0 ... :132-173),
 * gpio_int_type_t (GPIO_INTR_ANYEDGE = 3, :308), gpio_mode_t, gpio_pullup_t, gpio_pulldown_t, gpio_config_t (five
 * fields, :344-349), gpio_isr_t (:367). Only the enum constants the natives use are listed.
 */
#ifndef DRIVER_GPIO_H
#define DRIVER_GPIO_H
#include <stdint.h>
#include "esp_err.h"
typedef enum { GPIO_NUM_0 = 0, GPIO_NUM_14 = 14, GPIO_NUM_34 = 34, GPIO_NUM_35 = 35 } gpio_num_t;
typedef enum { GPIO_MODE_INPUT = 1 } gpio_mode_t;
typedef enum { GPIO_PULLUP_DISABLE = 0x0, GPIO_PULLUP_ENABLE = 0x1 } gpio_pullup_t;
typedef enum { GPIO_PULLDOWN_DISABLE = 0x0, GPIO_PULLDOWN_ENABLE = 0x1 } gpio_pulldown_t;
typedef enum { GPIO_INTR_DISABLE = 0, GPIO_INTR_ANYEDGE = 3 } gpio_int_type_t;
typedef struct {
	uint64_t pin_bit_mask;
	gpio_mode_t mode;
	gpio_pullup_t pull_up_en;
	gpio_pulldown_t pull_down_en;
	gpio_int_type_t intr_type;
} gpio_config_t;
typedef void (*gpio_isr_t)(void *);
esp_err_t gpio_config(const gpio_config_t *pGPIOConfig);
int gpio_get_level(gpio_num_t gpio_num);
esp_err_t gpio_install_isr_service(int intr_alloc_flags);
esp_err_t gpio_isr_handler_add(gpio_num_t gpio_num, gpio_isr_t isr_handler, void *args);
#endif
