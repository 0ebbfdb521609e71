/*
 * C
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
#include "host_fakes.h"

#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include "LLEVENT.h"
#include "freertos/FreeRTOS.h"
#include "freertos/queue.h"
#include "freertos/task.h"
#include "mqb_board_pins.h"

#define HOST_QUEUE_CAPACITY 64

struct QueueDefinition {
	UBaseType_t length;
	UBaseType_t item_size;
	uint8_t items[HOST_QUEUE_CAPACITY][sizeof(int32_t)];
	UBaseType_t head;
	UBaseType_t count;
};

static int violations = 0;
static int in_isr = 0;
static uint64_t time_us = 0u;
static int32_t offer_result = 0;
static int offers = 0;
static int32_t offer_type = -1;
static int32_t offer_data = -1;
static struct QueueDefinition queue;
static int queues = 0;
static TaskFunction_t task = NULL;
static void* task_arg = NULL;
static int tasks = 0;
static jmp_buf task_blocked;
static int task_running = 0;

static void violation(const char* what) {
	violations++;
	printf("FAIL %s\n", what);
}

int host_violations(void) {
	return violations;
}

void host_set_time_us(uint64_t us) {
	time_us = us;
}

void host_script_offer_result(int32_t result) {
	offer_result = result;
}

int host_offer_count(void) {
	return offers;
}

int32_t host_last_offer_type(void) {
	return offer_type;
}

int32_t host_last_offer_data(void) {
	return offer_data;
}

int host_task_count(void) {
	return tasks;
}

int host_queued(void) {
	return (int) queue.count;
}

/* ---- LLEVENT (Event Queue pack) ---- */

int32_t LLEVENT_offerEvent(int32_t type, int32_t data) {
	if (in_isr != 0) {
		violation("LLEVENT_offerEvent called in interrupt context (the pack takes a mutex with portMAX_DELAY)");
	}
	offers++;
	offer_type = type;
	offer_data = data;
	return offer_result;
}

/* ---- FreeRTOS ---- */

void vHostYieldFromISR(BaseType_t xSwitchRequired) {
	(void) xSwitchRequired;
	if (in_isr == 0) {
		violation("portYIELD_FROM_ISR called outside an interrupt");
	}
}

QueueHandle_t xQueueGenericCreate(const UBaseType_t uxQueueLength, const UBaseType_t uxItemSize, const uint8_t ucQueueType) {
	(void) ucQueueType;
	if (in_isr != 0) {
		violation("xQueueCreate called in interrupt context");
	}
	if (queues > 0 || uxQueueLength > HOST_QUEUE_CAPACITY || uxItemSize != sizeof(int32_t)) {
		return NULL;
	}
	queues++;
	memset(&queue, 0, sizeof(queue));
	queue.length = uxQueueLength;
	queue.item_size = uxItemSize;
	return &queue;
}

BaseType_t xQueueGenericSendFromISR(QueueHandle_t xQueue, const void * const pvItemToQueue,
		BaseType_t * const pxHigherPriorityTaskWoken, const BaseType_t xCopyPosition) {
	(void) xCopyPosition;
	if (in_isr == 0) {
		violation("xQueueSendFromISR called outside an interrupt");
	}
	if (xQueue->count == xQueue->length) {
		return errQUEUE_FULL;
	}
	memcpy(xQueue->items[(xQueue->head + xQueue->count) % xQueue->length], pvItemToQueue, xQueue->item_size);
	xQueue->count++;
	*pxHigherPriorityTaskWoken = pdTRUE;
	return pdTRUE;
}

BaseType_t xQueueReceive(QueueHandle_t xQueue, void * const pvBuffer, TickType_t xTicksToWait) {
	if (in_isr != 0) {
		violation("xQueueReceive called in interrupt context");
	}
	if (xQueue->count == 0u) {
		if (xTicksToWait == portMAX_DELAY && task_running != 0) {
			longjmp(task_blocked, 1); /* the task blocks: hand control back to host_run_task */
		}
		return pdFALSE;
	}
	memcpy(pvBuffer, xQueue->items[xQueue->head], xQueue->item_size);
	xQueue->head = (xQueue->head + 1u) % xQueue->length;
	xQueue->count--;
	return pdTRUE;
}

BaseType_t xTaskCreate(TaskFunction_t pxTaskCode, const char * const pcName, const uint32_t usStackDepth,
		void * const pvParameters, UBaseType_t uxPriority, TaskHandle_t * const pxCreatedTask) {
	(void) pcName;
	(void) usStackDepth;
	(void) uxPriority;
	(void) pxCreatedTask;
	if (in_isr != 0) {
		violation("xTaskCreate called in interrupt context");
	}
	task = pxTaskCode;
	task_arg = pvParameters;
	tasks++;
	return pdPASS;
}

void host_run_task(void) {
	if (task == NULL) {
		violation("no task was created");
		return;
	}
	if (setjmp(task_blocked) == 0) {
		task_running = 1;
		task(task_arg);
		violation("the relay task returned");
	}
	task_running = 0;
}

#if defined(MQB_HOST_ESP32)
/* ---- ESP-IDF ---- */
#include "driver/gpio.h"
#include "esp_timer.h"

static const gpio_num_t host_pins[MQB_BUTTON_COUNT] = MQB_BUTTON_GPIOS;
static const uint8_t host_active_low[MQB_BUTTON_COUNT] = MQB_BUTTON_ACTIVE_LOW;
static gpio_isr_t handlers[64];
static void* handler_args[64];
static int levels[64];

esp_err_t gpio_config(const gpio_config_t *pGPIOConfig) {
	return (pGPIOConfig->intr_type == GPIO_INTR_ANYEDGE) ? ESP_OK : -1;
}

int gpio_get_level(gpio_num_t gpio_num) {
	return levels[gpio_num];
}

esp_err_t gpio_install_isr_service(int intr_alloc_flags) {
	(void) intr_alloc_flags;
	return ESP_OK;
}

esp_err_t gpio_isr_handler_add(gpio_num_t gpio_num, gpio_isr_t isr_handler, void *args) {
	handlers[gpio_num] = isr_handler;
	handler_args[gpio_num] = args;
	return ESP_OK;
}

int64_t esp_timer_get_time(void) {
	return (int64_t) time_us;
}

void host_edge(uint32_t button, int pressed) {
	gpio_num_t pin = host_pins[button];
	levels[pin] = (host_active_low[button] != 0u) ? (pressed == 0) : (pressed != 0);
	if (handlers[pin] == NULL) {
		violation("no GPIO handler registered");
		return;
	}
	in_isr = 1;
	handlers[pin](handler_args[pin]);
	in_isr = 0;
}

#elif defined(MQB_HOST_AMB82)
/* ---- Ameba Pro2 ---- */
#include "gpio_irq_api.h"
#include "gpio_irq_ex_api.h"
#include "us_ticker_api.h"

static const uint8_t host_active_low[MQB_BUTTON_COUNT] = MQB_BUTTON_ACTIVE_LOW;
static gpio_irq_handler irq_handlers[MQB_BUTTON_COUNT];
static uint32_t irq_ids[MQB_BUTTON_COUNT];
static int irq_count = 0;

int gpio_irq_init(gpio_irq_t *obj, PinName pin, gpio_irq_handler handler, uint32_t id) {
	(void) obj;
	(void) pin;
	if (irq_count >= (int) MQB_BUTTON_COUNT) {
		return -1;
	}
	irq_handlers[irq_count] = handler;
	irq_ids[irq_count] = id;
	irq_count++;
	return 0;
}

void gpio_irq_set(gpio_irq_t *obj, gpio_irq_event event, uint32_t enable) {
	(void) obj;
	(void) event;
	(void) enable;
}

void gpio_irq_enable(gpio_irq_t *obj) {
	(void) obj;
}

void gpio_irq_pull_ctrl(gpio_irq_t *obj, PinMode pull_type) {
	(void) obj;
	(void) pull_type;
}

uint32_t us_ticker_read(void) {
	return (uint32_t) time_us;
}

void host_edge(uint32_t button, int pressed) {
	int falling = (host_active_low[button] != 0u) ? (pressed != 0) : (pressed == 0);
	if ((int) button >= irq_count) {
		violation("no GPIO interrupt registered");
		return;
	}
	in_isr = 1;
	irq_handlers[button](irq_ids[button], falling ? IRQ_FALL : IRQ_RISE);
	in_isr = 0;
}

#else
#error "define MQB_HOST_ESP32 or MQB_HOST_AMB82"
#endif
