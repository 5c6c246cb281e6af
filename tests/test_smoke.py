def test_home_page_for_client(personas, as_user):
    ben = as_user(personas.client_ben)
    response = ben.get("/home")
    assert response.status_code == 200, response.text
    assert "Hello, Ben" in response.text
