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
 * Real header: gpio_irq_api.h of the Ameba Pro2 SDK (mbed-style HAL), as used by Ameba-AIoT/ameba-arduino-pro2
 * cores/ambpro2/wiring_digital.c: gpio_irq_init(obj, pin, handler, id), gpio_irq_set(obj, event, enable),
 * gpio_irq_enable(obj); handler(uint32_t id, gpio_irq_event event).
 */
#ifndef GPIO_IRQ_API_H
#define GPIO_IRQ_API_H
#include <stdint.h>
#include "PinNames.h"
typedef enum { IRQ_NONE = 0, IRQ_RISE = 1, IRQ_FALL = 2, IRQ_LOW = 3, IRQ_HIGH = 4, IRQ_FALL_RISE = 5 } gpio_irq_event;
typedef void (*gpio_irq_handler)(uint32_t id, gpio_irq_event event);
typedef struct { uint32_t opaque[8]; } gpio_irq_t;
int gpio_irq_init(gpio_irq_t* obj, PinName pin, gpio_irq_handler handler, uint32_t id);
void gpio_irq_set(gpio_irq_t* obj, gpio_irq_event event, uint32_t enable);
void gpio_irq_enable(gpio_irq_t* obj);
#endif
