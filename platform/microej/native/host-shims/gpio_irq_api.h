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
 * Real header: ambiot/ambpro2_sdk@9ca5314a:component/mbed/hal/gpio_irq_api.h: gpio_irq_event { IRQ_NONE, IRQ_RISE,
 * IRQ_FALL } :46-50, gpio_irq_handler(uint32_t id, gpio_irq_event event) :52, int gpio_irq_init(...) :63, void
 * gpio_irq_set(obj, event, uint32_t enable) :87, void gpio_irq_enable(obj) :94. gpio_irq_t is struct gpio_irq_s
 * (component/mbed/targets/hal/rtl8735b/objects.h:43-47, a HAL adapter; opaque here).
 */
#ifndef MBED_GPIO_IRQ_API_H
#define MBED_GPIO_IRQ_API_H
#include <stdint.h>
#include "PinNames.h"
typedef struct gpio_irq_s { uint32_t opaque[8]; } gpio_irq_t;
typedef enum { IRQ_NONE, IRQ_RISE, IRQ_FALL } gpio_irq_event;
typedef void (*gpio_irq_handler)(uint32_t id, gpio_irq_event event);
int gpio_irq_init(gpio_irq_t *obj, PinName pin, gpio_irq_handler handler, uint32_t id);
void gpio_irq_set(gpio_irq_t *obj, gpio_irq_event event, uint32_t enable);
void gpio_irq_enable(gpio_irq_t *obj);
#endif
