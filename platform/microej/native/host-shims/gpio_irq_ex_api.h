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
 * Real header: gpio_irq_ex_api.h of the Ameba Pro2 SDK (included by ameba-arduino-pro2 wiring_digital.c);
 * gpio_irq_pull_ctrl sets the pull of an interrupt pin.
 */
#ifndef GPIO_IRQ_EX_API_H
#define GPIO_IRQ_EX_API_H
#include "gpio_irq_api.h"
void gpio_irq_pull_ctrl(gpio_irq_t* obj, PinMode pull_type);
#endif
