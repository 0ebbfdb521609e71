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
 * Real header: sni.h of the MicroEJ VEE Port (SNI 1.4; MicroEJ/docs _llapi_doxygen/SNI/sni.h).
 */
#ifndef SNI_H
#define SNI_H
#include <stdint.h>
typedef int32_t jint;
#endif
