/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief Button pins of the ESP32-S3-DevKitC-1 (board-config/esp32-s3-devkitc/board.properties says the same).
 * A = the on-board BOOT button on GPIO0 (to GND, pulled up; do not hold it during reset, that enters download
 * mode). B = a push button the user wires from GPIO14 to GND (internal pull-up). NOT verified on hardware.
 */
#ifndef MQB_BOARD_PINS_H
#define MQB_BOARD_PINS_H
#define MQB_BOARD_NAME "esp32-s3-devkitc"
#define MQB_BUTTON_COUNT (2u)
#define MQB_BUTTON_GPIOS { GPIO_NUM_0, GPIO_NUM_14 }
#define MQB_BUTTON_ACTIVE_LOW { 1, 1 }
#define MQB_BUTTON_INTERNAL_PULLUP { 1, 1 }
#endif
