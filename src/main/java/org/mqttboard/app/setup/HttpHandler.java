/*
 * Java
 *
 * Copyright 2026 mqttboard authors. Licensed under the Apache License, Version 2.0.
 */
package org.mqttboard.app.setup;

import java.io.IOException;

/**
 * Answers one parsed request of {@link HttpServer}. The request line and headers were checked against the server's
 * limits before the call; the handler reads the body (if any) from {@link HttpExchange#body()} and sends exactly one
 * response.
 * <p>
 * Threading: the server's thread.
 */
interface HttpHandler {

	/**
	 * @param exchange the request and its response; valid only during the call
	 * @throws IOException when the connection fails (the server answers 408 or 500 if nothing was sent yet)
	 */
	void handle(HttpExchange exchange) throws IOException;
}
