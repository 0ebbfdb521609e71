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
 * Real header: ambiot/ambpro2_sdk@9ca5314a:component/mbed/hal_ext/gpio_irq_ex_api.h:63:
 * void gpio_irq_pull_ctrl(gpio_irq_t *obj, PinMode pull_type).
 */
#ifndef MBED_GPIO_IRQ_EX_API_H
#define MBED_GPIO_IRQ_EX_API_H
#include "gpio_irq_api.h"
void gpio_irq_pull_ctrl(gpio_irq_t *obj, PinMode pull_type);
#endif
