/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * @file
 * @brief Button pins of the AMB82-mini (RTL8735B) (board-config/amb82-mini/board.properties says the same).
 * A = the on-board push button PUSH_BTN = AMB_D29 = PF_10 (Ameba-AIoT/ameba-arduino-pro2 variants/ameba_amb82-mini
 * variant.h); the Arduino core configures plain inputs with a pull-down, so it is taken as active-high here.
 * B = a push button the user wires from AMB_D20 = PD_14 to GND (pull-up). NOT verified on hardware.
 */
#ifndef MQB_BOARD_PINS_H
#define MQB_BOARD_PINS_H
#define MQB_BOARD_NAME "amb82-mini"
#define MQB_BUTTON_COUNT (2u)
#define MQB_BUTTON_PINS { PF_10, PD_14 }
#define MQB_BUTTON_ACTIVE_LOW { 0, 1 }
#endif
