#define BOOST_TEST_MODULE woshou server handlers
#include <boost/test/unit_test.hpp>
