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
 * Real header: sni.h of the VEE Port (SNI 1.4): "typedef int32_t jint;"
 * (MicroEJ/docs@60343897:_llapi_doxygen/SNI/sni.h:32).
 */
#ifndef SNI_H
#define SNI_H
#include <stdint.h>
typedef int32_t jint;
#endif
