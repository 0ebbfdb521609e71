/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief Button pins of the ESP-WROVER-KIT V4.1 (board-config/esp32-wrover-kit/board.properties says the same).
 * The kit has no free user button (BOOT shares GPIO0 with the red LED that the VEE Port drives as MicroUI LED 0),
 * so A and B are push buttons the user wires from GPIO34/GPIO35 to GND. GPIO34..39 are input-only and have NO
 * internal pull resistors: fit an external 10 kOhm pull-up to 3V3 on each (they are also camera-header pins: no
 * camera module fitted). NOT verified on hardware.
 */
#ifndef MQB_BOARD_PINS_H
#define MQB_BOARD_PINS_H
#define MQB_BOARD_NAME "esp32-wrover-kit"
#define MQB_BUTTON_COUNT (2u)
#define MQB_BUTTON_GPIOS { GPIO_NUM_34, GPIO_NUM_35 }
#define MQB_BUTTON_ACTIVE_LOW { 1, 1 }
#define MQB_BUTTON_INTERNAL_PULLUP { 0, 0 }
#endif
